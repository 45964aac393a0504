export { DATA_KEY_FILE, DataKeyError, type DataKeySource, resolveDataKey } from './data-key';
export {
  createDataProtection,
  type DataProtection,
  DataProtectionError,
  dataProtection,
  initDataProtection,
  initDataProtectionWithKey,
} from './data-protection';
