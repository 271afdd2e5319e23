// GET /outbound_voice_profiles.
import {listProfiles} from '../profile-list.js';
import {fail, ok} from '../replies.js';
import type {Route} from '../route-types.js';

export const outboundVoiceProfileRoutes: Route[] = [
	{
		template: '/outbound_voice_profiles',
		methods: {
			GET({query, store}) {
				const listed = listProfiles(query, store);
				// That spec documents 422 (not 400) for a bad request.
				return listed.ok ? ok(200, listed.page) : fail(422, listed.errors);
			},
		},
	},
];
