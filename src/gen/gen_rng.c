/* gen_rng.c - xoshiro256** with splitmix64 seeding; no global state. */
#include "gen_rng.h"

uint64_t grng_mix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

void grng_seed(grng *r, uint64_t seed, uint64_t stream)
{
    uint64_t x = grng_mix(seed) ^ grng_mix(stream ^ 0x5851f42d4c957f2dULL);
    for (int i = 0; i < 4; i++) {
        x = grng_mix(x);
        r->s[i] = x;
    }
    if (!(r->s[0] | r->s[1] | r->s[2] | r->s[3]))
        r->s[0] = 1; /* the all-zero state is the one xoshiro cannot leave */
}

static uint64_t rotl(uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

uint64_t grng_next(grng *r)
{
    uint64_t *s = r->s;
    uint64_t out = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return out;
}

uint32_t grng_below(grng *r, uint32_t n)
{
    /* Lemire's multiply-shift; the tiny bias is irrelevant for text. */
    return (uint32_t)(((grng_next(r) >> 32) * (uint64_t)n) >> 32);
}

int64_t grng_range(grng *r, int64_t lo, int64_t hi)
{
    uint64_t span = (uint64_t)(hi - lo) + 1;
    if (span == 0)
        return (int64_t)grng_next(r);
    return lo + (int64_t)(grng_next(r) % span);
}

double grng_unit(grng *r)
{
    return (double)(grng_next(r) >> 11) * 0x1.0p-53;
}

int grng_chance(grng *r, double p)
{
    return grng_unit(r) < p;
}

size_t grng_weighted(grng *r, const double *w, size_t n)
{
    double total = 0;
    for (size_t i = 0; i < n; i++)
        total += w[i];
    double x = grng_unit(r) * total;
    for (size_t i = 0; i < n; i++) {
        if (x < w[i])
            return i;
        x -= w[i];
    }
    return n - 1;
}
