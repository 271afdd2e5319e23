import React from 'react';
import {startSandbox} from '../source/sandbox/server.js';
import {createApiClient} from '../source/api/client.js';
import {DetailScreen} from '../source/screens/detail/index.js';
import {renderWithKeys} from './helpers/render-with-keys.js';
const main = async () => {
const sandbox = await startSandbox({count: 50});
const client = createApiClient({baseUrl: sandbox.url, apiKey: sandbox.apiKey, retryBaseMs: 5, timeoutMs: 2000});
const list = await client.listExternalConnections({pageNumber: 1, pageSize: 5}).catch(e => {console.log(e); throw e});
const id = (list as any).data[0].id;
const t0 = performance.now();
const view = renderWithKeys(<DetailScreen client={client} id={id} width={100} height={80} isActive onBack={() => {}} writeToTerminal={() => {}} />);
while (!view.lastFrame()?.includes('anchorsite_override')) await new Promise(r => setTimeout(r, 5));
console.log('loaded in', performance.now() - t0, 'frames', view.frames.length);
view.unmount(); await sandbox.close();
}; main();
