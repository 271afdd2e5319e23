// Stand-in for react-devtools-core, which Ink loads only in development; keeps it out of the bundle.
export default {initialize() {}, connectToDevTools() {}};
