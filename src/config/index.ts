export { type Config, DEFAULT_CONFIG } from './config.ts';
export { ConfigError, loadConfig } from './load-config.ts';
