import { x } from '@rolecall/model';
console.log('hello', x);
