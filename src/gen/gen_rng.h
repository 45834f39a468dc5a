/* gen_rng.h - the generator's own deterministic PRNG (xoshiro256** seeded with
 * splitmix64). Every call gets an independent stream derived from the run seed
 * and its index, so output does not depend on order, threads or --start-index. */
#ifndef CZ_GEN_RNG_H
#define CZ_GEN_RNG_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint64_t s[4];
} grng;

/* Seeds r from a 64-bit seed and a stream number (e.g. a call index). */
void grng_seed(grng *r, uint64_t seed, uint64_t stream);

/* Next 64 random bits. */
uint64_t grng_next(grng *r);

/* Uniform integer in [0, n); n must be > 0. */
uint32_t grng_below(grng *r, uint32_t n);

/* Uniform integer in [lo, hi] (inclusive); requires lo <= hi. */
int64_t grng_range(grng *r, int64_t lo, int64_t hi);

/* Uniform double in [0, 1). */
double grng_unit(grng *r);

/* 1 with probability p, else 0. */
int grng_chance(grng *r, double p);

/* Picks index i of n weights with probability w[i] / sum(w). */
size_t grng_weighted(grng *r, const double *w, size_t n);

/* One round of splitmix64: a good 64-bit mixing function. */
uint64_t grng_mix(uint64_t x);

#endif
