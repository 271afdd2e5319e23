// Every mutation subcommand, noun by noun: what the parser, help and completion read.
import {CONNECTION_MUTATIONS} from './mutate-connections.js';
import type {Mutation} from './mutation.js';

export const MUTATIONS: readonly Mutation[] = [...CONNECTION_MUTATIONS];

export const mutationsOf = (noun: string) => MUTATIONS.filter(mutation => mutation.noun === noun);
