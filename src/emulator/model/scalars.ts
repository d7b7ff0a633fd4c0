// Scalar shapes the model's objects share.

export type Flag = 0 | 1;

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);
