import React from 'react';
import {render, Text} from 'ink';
render(<Text>ec-tui</Text>);
