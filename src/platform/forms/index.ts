/** Forms: one declaration per form page, and its API twin. See README.md. */
export { type ApiCommandDeclaration, apiCommandRoute, type CommandRequest } from './api-command.ts';
export {
  CsrfField,
  type FormDeclaration,
  type FormRequest,
  type FormState,
  type FormView,
  formRoute,
  withCsrf,
} from './form-route.ts';
export { formMessages } from './messages.ts';
