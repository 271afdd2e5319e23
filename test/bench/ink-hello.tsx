// The floor every Ink app stands on: the smallest Ink program, compiled by tsc and loaded from node_modules.
import {render, Text} from 'ink';

render(<Text>hello</Text>);
// It stays up, as an app does, until it is killed: the memory measure reads its RSS once it has drawn.
setInterval(() => {}, 2 ** 30);
