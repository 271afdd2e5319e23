export {CreateWizard, type CreateWizardProps} from './create-wizard.js';
export {EditConnection} from './edit-connection.js';
