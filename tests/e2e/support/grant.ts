export { grantInProfile } from '../../../scripts/grant.mjs';
