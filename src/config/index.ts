export { type Config, DEFAULT_CONFIG, PACKAGE_DATA_DIR } from './config.ts';
export { ConfigError, loadConfig } from './load-config.ts';
