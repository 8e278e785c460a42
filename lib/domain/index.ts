// Public API of the pure licensing model. A plain list of re-exports; append new modules at the end.
export * from "./types";
export * from "./catalog";
export * from "./countries";
export * from "./reasons";
export * from "./money";
export * from "./tenant";
export * from "./offers";
export * from "./plan-switch";
export * from "./numbers";
export * from "./features";
export * from "./fixtures";
export * from "./clock";
export * from "./pools";
export * from "./assignment";
export * from "./rooms";
export * from "./credits";
export * from "./situation";
