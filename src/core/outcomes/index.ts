// "What works for you": the owner's own engagement, compared across their own posts. Pure.
export * from './engagement';
export * from './features';
export * from './learn';
export * from './match';
export * from './predict';
export * from './stats';
export * from './times';
export * from './types';
