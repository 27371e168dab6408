import { ValidateIf } from 'class-validator';

/** Skips validation only when the field is absent; unlike @IsOptional(), null is still validated (and refused). */
export const Optional = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);
