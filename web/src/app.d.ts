import type { IncomingMessage } from 'node:http';
import type { Lang } from '$lib/i18n/lang';

declare global {
  namespace App {
    interface Error {
      message: string;
      /** The API's `extensions.code` when a GraphQL request failed. */
      code?: string;
    }
    interface Locals {
      lang: Lang;
    }
    interface Platform {
      /** adapter-node passes the Node request; used to reach the API on the same socket (hooks.server.ts). */
      req?: IncomingMessage;
    }
  }
}

export {};
