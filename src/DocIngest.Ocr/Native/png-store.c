/*
 * Tesseract 5.3 keeps every word image it reads as an in-memory PNG (ImageData::SetPixInternal calls Leptonica's
 * pixWriteMem(IFF_PNG)) and decodes it again before its LSTM reads it. Leptonica writes it at zlib's default level
 * with libpng's adaptive row filters: a tenth of a page read spent compressing images that never leave the process.
 *
 * Loaded into the process's global symbol scope before Leptonica (WordImagePng.cs), this definition of
 * png_set_compression_level is the one Leptonica binds to: it asks libpng to store the image (level 0) without row
 * filters. The pixels are the same either way; only the bytes in between are larger. DocIngest writes no PNG
 * through Leptonica itself (its page images have their own encoder).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>

typedef void (*set_compression_level_fn)(void *png, int level);
typedef void (*set_filter_fn)(void *png, int method, int filters);

/* PNG_FILTER_NONE from png.h (not included: libpng's headers are not needed at run time). */
#define PNG_FILTER_NONE 0x08

static set_compression_level_fn real_set_compression_level;
static set_filter_fn real_set_filter;

__attribute__((constructor)) static void bind_libpng(void)
{
    void *libpng = dlopen("libpng16.so.16", RTLD_NOW | RTLD_LOCAL);
    if (libpng == NULL) return;
    real_set_compression_level = (set_compression_level_fn)dlvsym(libpng, "png_set_compression_level", "PNG16_0");
    real_set_filter = (set_filter_fn)dlvsym(libpng, "png_set_filter", "PNG16_0");
}

/* Whether libpng was found; WordImagePng checks it before keeping the library loaded. */
int docingest_png_store_bound(void)
{
    return real_set_compression_level != NULL && real_set_filter != NULL;
}

void png_set_compression_level(void *png, int level)
{
    (void)level;
    real_set_compression_level(png, 0);
    real_set_filter(png, 0, PNG_FILTER_NONE);
}
