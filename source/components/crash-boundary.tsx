import React from 'react';

type Props = {onCrash: (error: Error) => void; children: React.ReactNode};

/**
 * Catches a render error before Ink's own boundary would print its stack across the screen: the app leaves
 * and the CLI prints one line (the stack only with DEBUG=ec-tui).
 */
export class CrashBoundary extends React.Component<Props, {crashed: boolean}> {
	override state = {crashed: false};

	static getDerivedStateFromError() {
		return {crashed: true};
	}

	override componentDidCatch(error: Error) {
		this.props.onCrash(error);
	}

	override render() {
		return this.state.crashed ? null : this.props.children;
	}
}
