export { checkFile, documentsAndImages, type FilePolicy, fileMediaType } from './policy.ts';
export { isReceivedFile, type ReceivedFile, registerUploads } from './receive.ts';
export { findFile, type StoredFile, sendStoredFile, storedPath, storeFile } from './store.ts';
