// Stand-in for Ink's devtools.js, which connects to React DevTools only when DEV is set: it would bundle
// react-devtools-core and ws (50 KB to parse at every start) into a CLI that never uses them.
export {};
