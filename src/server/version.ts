/** Version of the HTTP API (semantic versioning; bump on any change to a route's contract). */
export const SERVER_VERSION = '0.1.0';
