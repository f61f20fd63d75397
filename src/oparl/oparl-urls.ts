/** Every OParl object's id is the absolute URL it is served at, under /oparl/v1. */
export const OPARL_VERSION = 'https://schema.oparl.org/1.1/';
export const oparlType = (name: string) => `https://schema.oparl.org/1.1/${name}`;

export type ObjectKind =
  | 'organization'
  | 'person'
  | 'membership'
  | 'meeting'
  | 'agenda-item'
  | 'paper'
  | 'consultation'
  | 'file'
  | 'legislative-term'
  | 'location';

export class OparlUrls {
  constructor(readonly origin: string) {}
  get system() {
    return `${this.origin}/oparl/v1`;
  }
  get bodies() {
    return `${this.system}/bodies`;
  }
  get body() {
    return `${this.system}/body`;
  }
  list(kind: string) {
    return `${this.body}/${kind}`;
  }
  object(kind: ObjectKind, id: string) {
    return `${this.system}/${kind}/${id}`;
  }
  api(path: string) {
    return `${this.origin}/api/v1${path}`;
  }
  web(path: string) {
    return `${this.origin}${path}`;
  }
}
