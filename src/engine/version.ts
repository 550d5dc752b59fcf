/** Version of the engine's rules and output contract (semantic versioning; bump on any change to output). */
export const ENGINE_VERSION = '0.2.0';
