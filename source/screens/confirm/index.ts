export {DeleteConnection, type DeleteConnectionProps} from './delete-connection.js';
export {ConfirmPrompt, type ConfirmPromptProps} from './confirm-prompt.js';
