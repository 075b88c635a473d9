/** Injection tokens for the values the runtime module provides. */
export const CONFIG = Symbol('rolecall.config');
export const LOGGER = Symbol('rolecall.logger');
export const DATABASE = Symbol('rolecall.database');
export const REDIS = Symbol('rolecall.redis');
