export * from './source';
export * from './ageing';
export * from './static-source';
export * from './store-source';
