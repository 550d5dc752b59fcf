/** Authorisation matrix rows: FHIR import and export of a patient's record. */
import { expect, pa, type MatrixTable } from '../../test-support/matrix.js';

/** Patient A's own demographics, nothing to store: the import answers 200 and changes nothing. */
const bundle = {
  resourceType: 'Bundle',
  type: 'collection',
  entry: [{ fullUrl: 'urn:uuid:3d9c1a53-6c4e-4f0e-9a51-1f0c1b8d2a01', resource: { resourceType: 'Patient', gender: 'female', birthDate: '1984-06-02' } }],
};

export const matrix: MatrixTable = {
  'POST /api/patients/:patientId/fhir-import': { request: (c) => ({ url: pa(c, '/fhir-import'), body: bundle }), expect: expect.clinicianRecord(200) },
  'GET /api/patients/:patientId/fhir': { request: (c) => ({ url: pa(c, '/fhir') }), expect: expect.clinicianRecord(200) },
};
