import { JobName } from './queue-catalog';

const JOB_HANDLERS = Symbol('job-handlers');

type HandlerMap = Partial<Record<JobName, string | symbol>>;

/** Marks a processor method as the handler of one job name. */
export function OnJob(name: JobName): MethodDecorator {
  return (target, propertyKey) => {
    const existing: HandlerMap = Reflect.getMetadata(JOB_HANDLERS, target.constructor) ?? {};
    if (existing[name] !== undefined) throw new Error(`${target.constructor.name} handles ${name} twice`);
    Reflect.defineMetadata(JOB_HANDLERS, { ...existing, [name]: propertyKey }, target.constructor);
  };
}

export function handlersOf(processorClass: object): HandlerMap {
  return Reflect.getMetadata(JOB_HANDLERS, processorClass) ?? {};
}
