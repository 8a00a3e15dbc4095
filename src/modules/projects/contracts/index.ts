export { projectContractsDataset } from './dataset.ts';
export { CONTRACTS_WRITE, type LinkedContract, linkContract } from './link-contract.ts';
export { contractMessages } from './messages.ts';
export { contractPermissions } from './permissions.ts';
export { type ProcurementProcess, procurementDataset, procurementProcesses } from './procurement.ts';
export { contractApi, contractPages } from './routes.ts';
export { contractsSection } from './section.ts';
