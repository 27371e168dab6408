import { isURL, ValidateBy, ValidationOptions } from 'class-validator';

const HTTP_OR_HTTPS = { protocols: ['http', 'https'], require_protocol: true };

/**
 * An http(s) URL that both validator.js and the WHATWG URL parser accept: a save stores a link as that parser
 * prints it, and some URLs validator.js takes (`http://xn--a.com`, a punycode label that decodes to nothing) it refuses.
 */
export const IsHttpUrl = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isHttpUrl',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isURL(value, HTTP_OR_HTTPS) && URL.canParse(value.trim()),
        defaultMessage: () => '$property must be an http or https URL',
      },
    },
    options,
  );
