"""HTTP face of mkg (SPARQL endpoint, named queries). Filled in by the service issue."""
