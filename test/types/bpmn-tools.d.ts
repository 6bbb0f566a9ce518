// The two bpmn.io packages the BPMN test reads the export with ship no types for their entry
// points; these declare the part the test uses.
declare module 'bpmn-moddle' {
  export class BpmnModdle {
    fromXML(xml: string): Promise<{ rootElement: unknown; warnings: { message: string }[] }>;
  }
}

declare module 'bpmnlint' {
  import type { Config, Report, Resolver } from 'bpmnlint/lib/types.js';
  export class Linter {
    constructor(options: { config: Config; resolver: Resolver });
    lint(definitions: unknown): Promise<Record<string, (Report & { category: string })[]>>;
  }
}

declare module 'bpmnlint/lib/resolver/node-resolver.js' {
  import type { Resolver } from 'bpmnlint/lib/types.js';
  export default class NodeResolver implements Resolver {
    resolveRule: Resolver['resolveRule'];
    resolveConfig: Resolver['resolveConfig'];
  }
}
