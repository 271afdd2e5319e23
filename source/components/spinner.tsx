import React, {useEffect, useState} from 'react';
import {Text} from 'ink';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** Animates only while mounted: render it only while something loads, so an idle app has no timer. */
export function Spinner({label}: {label: string}) {
	const [frame, setFrame] = useState(0);
	useEffect(() => {
		const timer = setInterval(() => setFrame(current => (current + 1) % FRAMES.length), 120);
		return () => clearInterval(timer);
	}, []);
	return <Text>{`${FRAMES[frame]} ${label}`}</Text>;
}
