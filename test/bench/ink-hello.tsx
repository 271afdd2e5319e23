// The floor every Ink app stands on: the smallest Ink program, compiled by tsc and loaded from node_modules.
import {render, Text} from 'ink';

render(<Text>hello</Text>);
