// Mexican and Colombian given names and surnames with rough frequency weights, and company names.
#include "tables.hpp"

namespace gen {
namespace {

using wl = weighted_list<std::string_view>;

// Compound given names are one entry: they are one first name to the people who carry them.
const wl mx_male = {
    {"JOSÉ LUIS", 30}, {"JUAN CARLOS", 22}, {"JOSÉ ANTONIO", 18}, {"JOSÉ MANUEL", 12}, {"JUAN MANUEL", 12},
    {"MIGUEL ÁNGEL", 18}, {"FRANCISCO JAVIER", 14}, {"JOSÉ ÁNGEL", 8}, {"JOSÉ GUADALUPE", 7},
    {"JESÚS ALBERTO", 6}, {"LUIS ALBERTO", 9}, {"JUAN JOSÉ", 8}, {"JOSÉ DE JESÚS", 8}, {"JUAN FRANCISCO", 5},
    {"CARLOS ALBERTO", 7}, {"JORGE ALBERTO", 6}, {"VÍCTOR MANUEL", 9}, {"LUIS FERNANDO", 6},
    {"JOSÉ", 25}, {"JUAN", 24}, {"LUIS", 14}, {"CARLOS", 14}, {"JESÚS", 14}, {"ANTONIO", 10},
    {"ALEJANDRO", 12}, {"MIGUEL", 8}, {"FRANCISCO", 12}, {"JORGE", 10}, {"PEDRO", 8}, {"RICARDO", 8},
    {"FERNANDO", 8}, {"ROBERTO", 8}, {"DANIEL", 8}, {"MANUEL", 6}, {"EDUARDO", 7}, {"JAVIER", 7},
    {"RAÚL", 6}, {"SERGIO", 7}, {"ARTURO", 6}, {"MARIO", 6}, {"HÉCTOR", 6}, {"GERARDO", 6},
    {"RAFAEL", 5}, {"ÓSCAR", 5}, {"ALFONSO", 4}, {"ENRIQUE", 5}, {"ARMANDO", 5}, {"VÍCTOR", 4},
    {"SALVADOR", 4}, {"GUILLERMO", 4}, {"ADRIÁN", 4}, {"RAMÓN", 4}, {"IGNACIO", 3}, {"ALBERTO", 4},
    {"ÁNGEL", 3}, {"DAVID", 5}, {"ISMAEL", 3}, {"REYNALDO", 2}, {"ROGELIO", 3}, {"ABEL", 2},
    {"JOAQUÍN", 3}, {"RODRIGO", 4}, {"GUSTAVO", 3}, {"ERNESTO", 3}, {"ANDRÉS", 3}, {"CÉSAR", 4},
    {"JULIO CÉSAR", 5}, {"MARTÍN", 4}, {"AGUSTÍN", 2}, {"RUBÉN", 3}, {"FELIPE", 2}, {"HUGO", 3},
    {"OMAR", 3}, {"ALFREDO", 3}, {"GABRIEL", 3}, {"EMILIO", 2}, {"IVÁN", 3}, {"SANTIAGO", 2},
    {"SEBASTIÁN", 2}, {"DIEGO", 3}, {"ULISES", 1}, {"EFRAÍN", 1}, {"NOÉ", 1}, {"GILBERTO", 2}};

const wl mx_female = {
    {"MARÍA GUADALUPE", 28}, {"MARÍA DEL CARMEN", 14}, {"MARÍA DEL ROSARIO", 10}, {"MARÍA DE JESÚS", 10},
    {"MARÍA ELENA", 9}, {"MARÍA MAGDALENA", 5}, {"MARÍA FERNANDA", 6}, {"MARÍA TERESA", 6},
    {"MARÍA ISABEL", 6}, {"MARÍA DE LOURDES", 6}, {"MARÍA EUGENIA", 4}, {"ANA MARÍA", 7}, {"LUZ ELENA", 4},
    {"MARÍA", 14}, {"GUADALUPE", 12}, {"ROSA MARÍA", 8}, {"ANA", 6}, {"PATRICIA", 10}, {"LETICIA", 7},
    {"ELIZABETH", 8}, {"VERÓNICA", 8}, {"MARTHA", 7}, {"LAURA", 7}, {"ALEJANDRA", 8}, {"GABRIELA", 8},
    {"ADRIANA", 7}, {"CLAUDIA", 7}, {"SILVIA", 6}, {"MARGARITA", 5}, {"TERESA", 4}, {"ANGÉLICA", 5},
    {"SANDRA", 5}, {"CRISTINA", 4}, {"CONSUELO", 2}, {"MARIELA", 3}, {"TOMASA", 1}, {"LORENA", 5},
    {"MÓNICA", 6}, {"YOLANDA", 5}, {"NORMA", 5}, {"ALICIA", 5}, {"BEATRIZ", 4}, {"GLORIA", 4},
    {"JUANA", 5}, {"CARMEN", 4}, {"ROCÍO", 4}, {"DIANA", 5}, {"KARLA", 5}, {"ANDREA", 5},
    {"FERNANDA", 4}, {"SOFÍA", 3}, {"DANIELA", 5}, {"XIMENA", 2}, {"MARIANA", 4}, {"PAOLA", 3},
    {"ARACELI", 3}, {"IRMA", 3}, {"BLANCA ESTELA", 3}, {"LILIANA", 3}, {"ERIKA", 4}, {"NANCY", 3},
    {"JOSEFINA", 3}, {"FRANCISCA", 2}, {"CECILIA", 3}, {"RAQUEL", 2}, {"ESPERANZA", 2}};

const wl mx_surnames = {
    {"HERNÁNDEZ", 60}, {"GARCÍA", 45}, {"MARTÍNEZ", 40}, {"LÓPEZ", 38}, {"GONZÁLEZ", 36},
    {"RODRÍGUEZ", 30}, {"PÉREZ", 28}, {"SÁNCHEZ", 27}, {"RAMÍREZ", 26}, {"CRUZ", 18}, {"FLORES", 18},
    {"GÓMEZ", 17}, {"MORALES", 14}, {"VÁZQUEZ", 14}, {"REYES", 13}, {"JIMÉNEZ", 13}, {"TORRES", 13},
    {"DÍAZ", 12}, {"GUTIÉRREZ", 12}, {"RUIZ", 11}, {"MENDOZA", 11}, {"AGUILAR", 11}, {"ORTIZ", 10},
    {"MORENO", 10}, {"CASTILLO", 10}, {"ROMERO", 9}, {"ÁLVAREZ", 9}, {"MÉNDEZ", 9}, {"CHÁVEZ", 9},
    {"RIVERA", 8}, {"JUÁREZ", 8}, {"RAMOS", 8}, {"DOMÍNGUEZ", 8}, {"HERRERA", 8}, {"MEDINA", 7},
    {"CASTRO", 7}, {"VARGAS", 7}, {"GUZMÁN", 7}, {"VELÁZQUEZ", 7}, {"MUÑOZ", 7}, {"ROJAS", 6},
    {"DE LA CRUZ", 6}, {"CONTRERAS", 6}, {"SALAZAR", 6}, {"LUNA", 6}, {"ORTEGA", 6}, {"SANTIAGO", 5},
    {"GUERRERO", 6}, {"ESTRADA", 5}, {"BAUTISTA", 5}, {"CORTÉS", 5}, {"SOTO", 5}, {"ALVARADO", 5},
    {"ESPINOZA", 5}, {"LARA", 5}, {"ÁVILA", 5}, {"RÍOS", 5}, {"CERVANTES", 5}, {"SILVA", 4},
    {"DELGADO", 4}, {"VEGA", 4}, {"MÁRQUEZ", 4}, {"SANDOVAL", 4}, {"FERNÁNDEZ", 4}, {"LEÓN", 4},
    {"CARRILLO", 4}, {"MEJÍA", 4}, {"SOLÍS", 4}, {"NÚÑEZ", 4}, {"ROSAS", 4}, {"VALDEZ", 4},
    {"IBARRA", 4}, {"CAMPOS", 4}, {"SANTOS", 3}, {"CAMACHO", 4}, {"NAVARRO", 4}, {"PEÑA", 4},
    {"MALDONADO", 4}, {"ROSALES", 4}, {"ACOSTA", 4}, {"MIRANDA", 3}, {"TREJO", 3}, {"VALENCIA", 3},
    {"NAVA", 3}, {"PACHECO", 3}, {"HUERTA", 3}, {"PADILLA", 3}, {"DE LEÓN", 3}, {"ARREDONDO", 2},
    {"GODÍNEZ", 2}, {"LEAL", 2}, {"LOERA", 2}, {"MARRUFO", 1}, {"CHAVARRÍA", 1}, {"BECERRA", 2},
    {"NATERA", 1}, {"ITURRIAGA", 1}, {"DUARTE", 2}, {"ALATORRE", 1}, {"VILLA", 2}, {"IBÁÑEZ", 2},
    {"BAÑUELOS", 2}, {"ZAMORA", 2}, {"ESQUIVEL", 2}, {"QUIÑONES", 2}, {"SALDAÑA", 2}, {"OROZCO", 2},
    {"ZÚÑIGA", 2}, {"CORONADO", 2}, {"FIGUEROA", 2}, {"RENDÓN", 1}, {"DEL CUETO", 1}, {"SIFUENTES", 2},
    {"FAVELA", 2}, {"MONTES", 2}, {"CORTEZ", 2}, {"DE LOS SANTOS", 2}, {"VILLARREAL", 3},
    {"GARZA", 3}, {"TREVIÑO", 2}, {"CARDONA", 1}, {"MONTAÑO", 1}, {"AGÜERO", 1}};

const wl co_male = {
    {"JUAN DAVID", 16}, {"JUAN CAMILO", 14}, {"JUAN PABLO", 12}, {"JUAN CARLOS", 14}, {"ANDRÉS FELIPE", 14},
    {"CARLOS ANDRÉS", 12}, {"LUIS FERNANDO", 10}, {"JOSÉ LUIS", 8}, {"JORGE IVÁN", 6}, {"JUAN SEBASTIÁN", 8},
    {"JHON JAIRO", 5}, {"LUIS CARLOS", 6}, {"JUAN ESTEBAN", 7}, {"JOSÉ MANUEL", 5}, {"CARLOS ALBERTO", 7},
    {"LUIS EDUARDO", 5}, {"JAIME ALBERTO", 4}, {"JUAN", 12}, {"CARLOS", 10}, {"ANDRÉS", 8}, {"JORGE", 8},
    {"LUIS", 8}, {"DAVID", 7}, {"SANTIAGO", 8}, {"ALEJANDRO", 7}, {"MAURICIO", 6}, {"SERGIO", 5},
    {"DIEGO", 6}, {"FELIPE", 5}, {"OSCAR", 5}, {"WILLIAM", 4}, {"JAIRO", 4}, {"HERNÁN", 4}, {"GUSTAVO", 4},
    {"FABIO", 3}, {"ÁLVARO", 4}, {"RICARDO", 4}, {"HÉCTOR", 3}, {"EDISON", 3}, {"ALEXANDER", 4},
    {"CRISTIAN", 4}, {"MATEO", 4}, {"SAMUEL", 3}, {"ESTEBAN", 4}, {"GERMÁN", 3}, {"RODRIGO", 3}};

const wl co_female = {
    {"MARÍA CAMILA", 12}, {"LUZ MARINA", 8}, {"DIANA MARCELA", 8}, {"MARÍA FERNANDA", 10}, {"PAULA ANDREA", 10},
    {"LINA MARCELA", 7}, {"SANDRA MILENA", 8}, {"MARÍA ALEJANDRA", 9}, {"ÁNGELA MARÍA", 6}, {"LUZ DARY", 5},
    {"MARÍA EUGENIA", 5}, {"CLAUDIA PATRICIA", 7}, {"MARTHA LUCÍA", 6}, {"GLORIA INÉS", 4}, {"ANA MARÍA", 8},
    {"MARÍA", 8}, {"LAURA", 8}, {"CATALINA", 7}, {"DANIELA", 8}, {"VALENTINA", 6}, {"NATALIA", 7},
    {"CAROLINA", 7}, {"ALEJANDRA", 6}, {"ADRIANA", 5}, {"MÓNICA", 5}, {"PATRICIA", 5}, {"BEATRIZ", 3},
    {"GLORIA", 4}, {"ISABEL", 4}, {"JULIANA", 6}, {"MANUELA", 5}, {"YOLANDA", 3}, {"BLANCA", 3},
    {"OLGA LUCÍA", 4}, {"NUBIA", 2}, {"LILIANA", 5}, {"SARA", 4}, {"TATIANA", 4}, {"JOHANA", 4}};

const wl co_surnames = {
    {"GARCÍA", 30}, {"RODRÍGUEZ", 28}, {"MARTÍNEZ", 24}, {"LÓPEZ", 24}, {"GONZÁLEZ", 24}, {"HERNÁNDEZ", 18},
    {"SÁNCHEZ", 18}, {"RAMÍREZ", 18}, {"PÉREZ", 18}, {"GÓMEZ", 20}, {"DÍAZ", 14}, {"MUÑOZ", 14},
    {"ROJAS", 13}, {"MORENO", 12}, {"JIMÉNEZ", 12}, {"VARGAS", 11}, {"CASTRO", 10}, {"RESTREPO", 12},
    {"OSORIO", 9}, {"ZAPATA", 9}, {"CARDONA", 9}, {"ARANGO", 8}, {"MEJÍA", 9}, {"GIRALDO", 8},
    {"OSPINA", 8}, {"VÉLEZ", 8}, {"AGUDELO", 7}, {"HENAO", 6}, {"URIBE", 6}, {"ECHEVERRI", 5},
    {"ÁLVAREZ", 9}, {"TORRES", 9}, {"RUIZ", 7}, {"SUÁREZ", 7}, {"CORREA", 6}, {"QUINTERO", 6},
    {"BETANCUR", 5}, {"LONDOÑO", 6}, {"MONTOYA", 6}, {"SALAZAR", 6}, {"CASTAÑO", 5}, {"BEDOYA", 4},
    {"PATIÑO", 4}, {"BOTERO", 4}, {"POSADA", 3}, {"VILLEGAS", 4}, {"RÍOS", 5}, {"HERRERA", 6},
    {"MEDINA", 5}, {"ACEVEDO", 4}, {"SIERRA", 4}, {"DUQUE", 4}, {"DE LA HOZ", 2}, {"PEÑA", 4}};

constexpr std::string_view mx_common[] = {
    "JUAN HERNÁNDEZ HERNÁNDEZ", "JOSÉ LUIS GARCÍA LÓPEZ", "MARÍA GUADALUPE HERNÁNDEZ MARTÍNEZ",
    "JOSÉ ANTONIO MARTÍNEZ GARCÍA", "MARÍA DEL CARMEN LÓPEZ GARCÍA", "JUAN CARLOS RODRÍGUEZ PÉREZ",
    "JESÚS GONZÁLEZ RAMÍREZ", "MARÍA ELENA SÁNCHEZ HERNÁNDEZ", "FRANCISCO JAVIER HERNÁNDEZ GARCÍA",
    "JOSÉ HERNÁNDEZ LÓPEZ", "MIGUEL ÁNGEL GARCÍA HERNÁNDEZ", "PATRICIA MARTÍNEZ LÓPEZ"};
constexpr std::string_view co_common[] = {
    "JUAN DAVID GARCÍA RODRÍGUEZ", "MARÍA CAMILA GÓMEZ LÓPEZ", "JUAN CARLOS MARTÍNEZ GARCÍA",
    "LUZ MARINA RODRÍGUEZ GÓMEZ", "ANDRÉS FELIPE LÓPEZ GARCÍA", "CARLOS ANDRÉS GONZÁLEZ PÉREZ",
    "SANDRA MILENA GARCÍA LÓPEZ", "JUAN PABLO RESTREPO GÓMEZ"};

constexpr std::string_view mx_company_patterns[] = {
    "TRANSPORTES {} SA DE CV", "CONSTRUCTORA {} SA DE CV", "GRUPO {} SAPI DE CV",
    "DISTRIBUIDORA {} SA DE CV", "SERVICIOS {} S DE RL DE CV", "AGRÍCOLA {} SPR DE RL"};
constexpr std::string_view co_company_patterns[] = {
    "INVERSIONES {} SAS", "TRANSPORTES {} SAS", "CONSTRUCCIONES {} SAS", "{} Y CIA S EN C",
    "DISTRIBUIDORA {} LTDA", "AGROPECUARIA {} SAS"};
constexpr std::string_view mx_company_words[] = {
    "LAGUNEROS", "DEL NORTE", "NAZAS", "COMARCA", "TORREÓN", "ALGODONERA", "MAPIMÍ", "VIESCA",
    "EL SALTO", "CUATRO CIÉNEGAS", "SAN ISIDRO", "LA ROSITA", "HERMANOS GARZA", "INDUSTRIALES DEL BAJÍO"};
constexpr std::string_view co_company_words[] = {
    "ANTIOQUIA", "DEL VALLE", "LA ESTRELLA", "EL POBLADO", "ANDINA", "CAFETERA", "ABURRÁ",
    "RIONEGRO", "LOS ANDES", "HERMANOS RESTREPO", "SANTA FE", "MAGDALENA"};

const name_tables mx_names = {&mx_male, &mx_female, &mx_surnames, mx_common, mx_company_patterns,
                              mx_company_words};
const name_tables co_names = {&co_male, &co_female, &co_surnames, co_common, co_company_patterns,
                              co_company_words};

}  // namespace

const name_tables& names_for(country c) { return c == country::mx ? mx_names : co_names; }

}  // namespace gen
