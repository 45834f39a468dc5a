/* analyze.h - `converza-etl analyze`: KPIs of call files as JSON lines, with
 * no database and no broker. */
#ifndef CZ_ANALYZE_H
#define CZ_ANALYZE_H

/* argv[0] is "analyze". Returns the exit status. */
int analyze_main(int argc, char **argv);

#endif
