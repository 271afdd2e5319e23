import React, {createContext, useContext, useState, useSyncExternalStore} from 'react';
import {EmergencyKnowledge} from '../../resources/civic-addresses/emergency-knowledge.js';

const Knowledge = createContext<EmergencyKnowledge | undefined>(undefined);

/** One account's lessons about emergency addresses, for as long as the app runs with its key. */
export function EmergencyKnowledgeProvider({children}: {children: React.ReactNode}) {
	const [knowledge] = useState(() => new EmergencyKnowledge());
	return <Knowledge.Provider value={knowledge}>{children}</Knowledge.Provider>;
}

/** The app's knowledge, re-rendering the screen whenever it learns something. */
export function useEmergencyKnowledge(): EmergencyKnowledge {
	const knowledge = useContext(Knowledge);
	if (!knowledge) throw new Error('useEmergencyKnowledge outside EmergencyKnowledgeProvider');
	useSyncExternalStore(knowledge.subscribe, knowledge.version);
	return knowledge;
}
