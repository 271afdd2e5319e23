export {CreateWizard, type CreateWizardProps} from './create-wizard.js';
