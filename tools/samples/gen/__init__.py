"""Sample-document generator for DocIngest: page markup -> HTML -> PDF -> scan-like images."""
