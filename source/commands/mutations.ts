// Every mutation subcommand, noun by noun: what the parser, help and completion read.
import {CONNECTION_MUTATIONS} from './mutate-connections.js';
import {LOG_MUTATIONS} from './mutate-logs.js';
import {NUMBER_MUTATIONS} from './mutate-numbers.js';
import {UPLOAD_MUTATIONS} from './mutate-uploads.js';
import type {Mutation} from './mutation.js';

export const MUTATIONS: readonly Mutation[] = [...CONNECTION_MUTATIONS, ...NUMBER_MUTATIONS, ...UPLOAD_MUTATIONS, ...LOG_MUTATIONS];

export const mutationsOf = (noun: string) => MUTATIONS.filter(mutation => mutation.noun === noun);
