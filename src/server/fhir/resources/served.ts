import type { Resource } from '@medplum/fhirtypes';
import type { FhirResource } from '../registry.js';

/**
 * A resource as the API serves it: typed by R4's definitions (@medplum/fhirtypes, types only), and with the id and
 * plain-JSON shape every served resource has.
 */
export type Served<T extends Resource> = T & FhirResource;
