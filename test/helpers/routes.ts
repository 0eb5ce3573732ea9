import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { IS_PUBLIC_KEY } from '@app/core';
import { ROLES_KEY } from '@app/accounts';
import type { TestApp } from './test-app';

export interface RouteInfo {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  isPublic: boolean;
  roles: string[] | undefined;
}

const METHODS: Partial<Record<RequestMethod, RouteInfo['method']>> = {
  [RequestMethod.GET]: 'GET',
  [RequestMethod.POST]: 'POST',
  [RequestMethod.PUT]: 'PUT',
  [RequestMethod.PATCH]: 'PATCH',
  [RequestMethod.DELETE]: 'DELETE',
};

/** Every HTTP route of the running app, read from the controllers' metadata (nothing listed by hand). */
export function listRoutes(t: TestApp): RouteInfo[] {
  const discovery = t.app.get(DiscoveryService);
  const scanner = t.app.get(MetadataScanner);
  const reflector = t.app.get(Reflector);
  const routes: RouteInfo[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const prefixes = [
      reflector.get<string | string[]>(PATH_METADATA, wrapper.metatype) ?? '',
    ].flat();
    const proto = Object.getPrototypeOf(instance) as Record<string, unknown>;
    for (const name of scanner.getAllMethodNames(proto)) {
      const handler = proto[name] as (...args: unknown[]) => unknown;
      const methodPath = reflector.get<string | string[] | undefined>(PATH_METADATA, handler);
      const requestMethod = reflector.get<RequestMethod | undefined>(METHOD_METADATA, handler);
      if (methodPath === undefined || requestMethod === undefined) continue;
      const method = METHODS[requestMethod];
      if (!method) continue;
      const isPublic = !!reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [
        handler,
        wrapper.metatype,
      ]);
      const roles = reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, [
        handler,
        wrapper.metatype,
      ]);
      for (const prefix of prefixes) {
        for (const p of [methodPath].flat()) {
          const path = `/api/${[prefix, p].filter(Boolean).join('/')}`
            .replace(/\/+/g, '/')
            .replace(/\/$/, '');
          routes.push({ method, path, isPublic, roles });
        }
      }
    }
  }
  return routes;
}

/** Fills `:params` with a fresh, valid-looking UUID (or a slug for idOrSlug). */
export function fillPath(path: string, values: Record<string, string> = {}): string {
  return path.replace(
    /:(\w+)/g,
    (_, name: string) => values[name] ?? '6f1c1e0a-3b7e-4c59-9a55-2f8e0a0b1c2d',
  );
}
