export * from './bar-chart';
export * from './fonts';
export * from './pdf-document';
export * from './qr-code';
