/* gen_names.c - read-only tables of realistic, varied first and last names. */
#include "gen_names.h"

static const char *const first[] = {
    "Maria",   "James",   "Hannah",  "Marcus",  "Sofia",   "David",   "Aisha",   "Kevin",
    "Priya",   "Daniel",  "Elena",   "Tyrone",  "Megan",   "Luis",    "Grace",   "Omar",
    "Rachel",  "Brandon", "Mei",     "Carlos",  "Olivia",  "Andre",   "Natalie", "Samir",
    "Jasmine", "Patrick", "Fatima",  "Ethan",   "Lauren",  "Diego",   "Chloe",   "Victor",
    "Nadia",   "Tom",     "Keisha",  "Ryan",    "Ingrid",  "Hector",  "Amy",     "Jamal",
    "Sarah",   "Kenji",   "Lucia",   "Derek",   "Brianna", "Ahmed",   "Claire",  "Raj",
    "Tanya",   "Miguel",  "Erin",    "Darnell", "Yuki",    "Connor",  "Rosa",    "Malik",
    "Vanessa", "Paul",    "Leah",    "Andrei",  "Monique", "Sean",    "Anita",   "Felix",
};
static const char *const last[] = {
    "Lopez",     "Carter",   "Schultz",  "Reed",      "Rossi",    "Nguyen",   "Patel",    "Okafor",
    "Kim",       "Johnson",  "Garcia",   "Brennan",   "Walsh",    "Hoffman",  "Alvarez",  "Chen",
    "Murphy",    "Haddad",   "Sullivan", "Bautista",  "Novak",    "Thompson", "Ramirez",  "Fischer",
    "Kowalski",  "Washington","Singh",   "O'Brien",   "Delgado",  "Yamamoto", "Henderson","Ibrahim",
    "Moreau",    "Foster",   "Castillo", "Larsen",    "Mensah",   "Greene",   "Sato",     "Marino",
    "Jackson",   "Petrov",   "Duarte",   "Coleman",   "Andersen", "Rahman",   "Whitaker", "Oyelaran",
    "Silva",     "McKenzie", "Dubois",   "Holloway",  "Varga",    "Bishop",   "Espinoza", "Nakamura",
    "Quinn",     "Abernathy","Torres",   "Lindqvist", "Baker",    "Mbeki",    "Russo",    "Chang",
};

size_t gn_first_count(void)
{
    return sizeof first / sizeof first[0];
}

size_t gn_last_count(void)
{
    return sizeof last / sizeof last[0];
}

const char *gn_first(size_t i)
{
    return first[i % gn_first_count()];
}

const char *gn_last(size_t i)
{
    return last[i % gn_last_count()];
}
