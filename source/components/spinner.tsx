import React, {useEffect, useState} from 'react';
import {Text} from 'ink';
import type {Clean} from '../text/sanitize.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'] as const;

/** Animates only while mounted: render it only while something loads, so an idle app has no timer. */
export function Spinner({label}: {label: Clean}) {
	const [frame, setFrame] = useState(0);
	useEffect(() => {
		const timer = setInterval(() => setFrame(current => (current + 1) % FRAMES.length), 120);
		return () => clearInterval(timer);
	}, []);
	return (
		<Text>
			{FRAMES[frame]} {label}
		</Text>
	);
}
