// The dealership's catalog: models with their VIN patterns, branches, advisors, agents, colors, quote items.
#include "tables.hpp"

namespace gen {
namespace {

using sv = std::string_view;

// VIN patterns: WMI (positions 1-3), descriptor sections seen on real vehicles (4-8) and
// plant codes (11). Check digit (9), year (10) and serial (12-17) are computed.
constexpr sv corolla_us_vds[] = {"BURHE", "BPRHE", "EPRAE", "BURHE"};
constexpr sv corolla_ca_vds[] = {"BU4EE", "BU40E"};
constexpr sv corolla_jp_vds[] = {"EPMAE", "B4MEE"};
constexpr sv corolla_versions[] = {"LE CVT", "SE CVT", "XLE CVT", "BASE MT", "LE CVT", "XRS AT"};
constexpr sv rav4_vds[] = {"ZFREV", "RFREV", "RF4EV", "W1RFV", "P1RFV"};
constexpr sv rav4_versions[] = {"LE 4X2", "XLE AWD", "L4 SE", "LIMITED", "ADVENTURE", "XLE 4X2"};
constexpr sv camry_vds[] = {"BF1FK", "B11HK", "G11AK", "BE46K"};
constexpr sv camry_versions[] = {"LE (L4 AT5)", "SE", "XLE V6", "XSE", "HÍBRIDO XLE"};
constexpr sv highlander_vds[] = {"KKRFH", "ZZRFH", "JZRFH"};
constexpr sv highlander_versions[] = {"XLE", "LIMITED", "LE", "HÍBRIDO"};
constexpr sv sienna_vds[] = {"YK3DC", "ZK23C", "KZ3DC", "DK3DC"};
constexpr sv sienna_versions[] = {"LE", "XLE", "LTD", "XLE DVD", "LTD DVD"};
constexpr sv tacoma_vds[] = {"AZ5CN", "CZ5AN", "DZ5BN"};
constexpr sv tacoma_versions[] = {"D-CAB TRD SPORT", "D-CAB LIMITED", "ACCESS CAB SR", "D-CAB TRD OFF ROAD"};
constexpr sv yarisr_vds[] = {"DLAYV", "DLBYV"};
constexpr sv yarisr_versions[] = {"R XLE AT", "R LE MT", "R CORE MT"};
constexpr sv yaris_vds[] = {"829F3", "B29F3", "K39F3"};
constexpr sv yaris_versions[] = {"SD CORE CVT", "HB S CVT", "SD S CVT", "HB CORE MT"};
constexpr sv hilux_vds[] = {"EX800", "EX8CB", "FB8CD"};
constexpr sv hilux_versions[] = {"DOBLE CABINA", "B-CAB CABINA SENCILLA", "DOBLE CABINA SR", "DOBLE CABINA DIÉSEL 4X4"};
constexpr sv hiace_vds[] = {"SX23P", "SS22P"};
constexpr sv hiace_versions[] = {"15 PASAJEROS", "SUPERLARGA", "12 PASAJEROS"};
constexpr sv prius_vds[] = {"KARFU", "KN3DU"};
constexpr sv prius_versions[] = {"BASE", "PREMIUM", "C"};
constexpr sv tundra_vds[] = {"DY5F1", "UM5F1"};
constexpr sv tundra_versions[] = {"D-CAB SR5", "CREWMAX LIMITED", "CREWMAX PLATINUM"};
constexpr sv avanza_vds[] = {"M1CA3", "M1CB3"};
constexpr sv avanza_versions[] = {"LE MT", "XLE AT", "CARGO"};
constexpr sv sentra_vds[] = {"AB7AP", "AB8CV"};
constexpr sv sentra_versions[] = {"ADVANCE CVT", "SENSE MT", "EXCLUSIVE CVT"};
constexpr sv versa_vds[] = {"CN7AD", "CN8EV"};
constexpr sv versa_versions[] = {"SENSE MT", "ADVANCE CVT"};
constexpr sv aveo_vds[] = {"TA5AF", "TB5AF"};
constexpr sv aveo_versions[] = {"LS MT", "LT AT"};
constexpr sv jetta_vds[] = {"RB1AM", "SB1AM"};
constexpr sv jetta_versions[] = {"STYLE TIPTRONIC", "TRENDLINE MT", "COMFORTLINE"};
constexpr sv mazda3_vds[] = {"BN1U7", "BM1V7"};
constexpr sv mazda3_versions[] = {"I SPORT", "I TOURING", "S GRAND TOURING"};
constexpr sv rio_vds[] = {"A24AD", "C24AD"};
constexpr sv rio_versions[] = {"LX MT", "EX AT"};
constexpr sv crv_vds[] = {"RU6H5", "RU5H5"};
constexpr sv crv_versions[] = {"EX", "TURBO PLUS", "TOURING"};
// Colombia: mostly Japanese, Thai, Brazilian and Argentinian plants (no mandatory check digit).
constexpr sv hilux_ar_vds[] = {"BA3FS", "HA3GS"};
constexpr sv fortuner_vds[] = {"YA3FS", "GA3FS"};
constexpr sv fortuner_versions[] = {"SRV 4X4", "SR 4X2", "LEGENDER"};
constexpr sv corolla_br_vds[] = {"BL3HE", "BM3HE"};
constexpr sv prado_vds[] = {"BH3FJ", "BU5JR"};
constexpr sv prado_versions[] = {"TX", "TXL", "VX"};
constexpr sv rav4_jp_vds[] = {"W1RFV", "RW4FV"};
constexpr sv sandero_vds[] = {"SRC5B", "HSR1B"};
constexpr sv sandero_versions[] = {"LIFE", "ZEN", "INTENS"};
constexpr sv onix_vds[] = {"TA69B", "SA69B"};
constexpr sv onix_versions[] = {"LT", "LTZ", "PREMIER"};

const model_def corolla_us{"TOYOTA", "COROLLA", "5YF", corolla_us_vds, "PC", corolla_versions, 2014, 2019, true};
const model_def corolla_ca{"TOYOTA", "COROLLA", "2T1", corolla_ca_vds, "C", corolla_versions, 2009, 2013, true};
const model_def corolla_jp{"TOYOTA", "COROLLA", "JTD", corolla_jp_vds, "J", corolla_versions, 2020, 0, true};
const model_def rav4{"TOYOTA", "RAV4", "2T3", rav4_vds, "WC", rav4_versions, 2013, 0, true};
const model_def camry{"TOYOTA", "CAMRY", "4T1", camry_vds, "UR", camry_versions, 2007, 0, true};
const model_def highlander{"TOYOTA", "HIGHLANDER", "5TD", highlander_vds, "S", highlander_versions, 2014, 0, true};
const model_def sienna{"TOYOTA", "SIENNA", "5TD", sienna_vds, "S", sienna_versions, 2007, 0, true};
const model_def tacoma{"TOYOTA", "TACOMA", "3TM", tacoma_vds, "MX", tacoma_versions, 2016, 0, true};
const model_def yaris_r{"TOYOTA", "YARIS", "3MY", yarisr_vds, "Y", yarisr_versions, 2016, 2020, true};
const model_def yaris{"TOYOTA", "YARIS", "MR2", yaris_vds, "10", yaris_versions, 2017, 0, true};
const model_def hilux{"TOYOTA", "HILUX", "MR0", hilux_vds, "01", hilux_versions, 2016, 0, true};
const model_def hiace{"TOYOTA", "HIACE", "JTF", hiace_vds, "6", hiace_versions, 2017, 0, true};
const model_def prius{"TOYOTA", "PRIUS", "JTD", prius_vds, "3", prius_versions, 2012, 0, true};
const model_def tundra{"TOYOTA", "TUNDRA", "5TF", tundra_vds, "X", tundra_versions, 2014, 0, true};
const model_def avanza{"TOYOTA", "AVANZA", "MHK", avanza_vds, "J", avanza_versions, 2012, 0, true};
const model_def sentra{"NISSAN", "SENTRA", "3N1", sentra_vds, "L", sentra_versions, 2013, 0, false};
const model_def versa{"NISSAN", "VERSA", "3N1", versa_vds, "L", versa_versions, 2012, 0, false};
const model_def aveo{"CHEVROLET", "AVEO", "3G1", aveo_vds, "L", aveo_versions, 2010, 2018, false};
const model_def jetta{"VOLKSWAGEN", "JETTA", "3VW", jetta_vds, "M", jetta_versions, 2011, 0, false};
const model_def mazda3{"MAZDA", "MAZDA 3", "3MZ", mazda3_vds, "M", mazda3_versions, 2014, 0, false};
const model_def rio{"KIA", "RIO", "3KP", rio_vds, "E", rio_versions, 2018, 0, false};
const model_def crv{"HONDA", "CR-V", "3CZ", crv_vds, "M", crv_versions, 2016, 0, false};
const model_def hilux_ar{"TOYOTA", "HILUX", "8AJ", hilux_ar_vds, "0", hilux_versions, 2012, 0, true};
const model_def fortuner{"TOYOTA", "FORTUNER", "8AJ", fortuner_vds, "0", fortuner_versions, 2012, 0, true};
const model_def corolla_br{"TOYOTA", "COROLLA", "9BR", corolla_br_vds, "8", corolla_versions, 2015, 0, true};
const model_def prado{"TOYOTA", "PRADO", "JTE", prado_vds, "K", prado_versions, 2010, 0, true};
const model_def rav4_jp{"TOYOTA", "RAV4", "JTM", rav4_jp_vds, "D", rav4_versions, 2013, 0, true};
const model_def sandero{"RENAULT", "SANDERO", "9FB", sandero_vds, "D", sandero_versions, 2010, 0, false};
const model_def onix{"CHEVROLET", "ONIX", "9GA", onix_vds, "C", onix_versions, 2016, 0, false};

const weighted_list<const model_def*> mx_models = {
    {&corolla_us, 120}, {&corolla_ca, 40}, {&corolla_jp, 90}, {&rav4, 110}, {&camry, 60},
    {&highlander, 35}, {&sienna, 45}, {&tacoma, 80}, {&yaris_r, 50}, {&yaris, 70}, {&hilux, 90},
    {&hiace, 25}, {&prius, 15}, {&tundra, 15}, {&avanza, 25}, {&sentra, 12}, {&versa, 12},
    {&aveo, 8}, {&jetta, 10}, {&mazda3, 8}, {&rio, 6}, {&crv, 8}};

const weighted_list<const model_def*> co_models = {
    {&hilux_ar, 130}, {&fortuner, 70}, {&corolla_br, 110}, {&corolla_jp, 40}, {&prado, 60},
    {&rav4_jp, 50}, {&rav4, 30}, {&yaris, 60}, {&hiace, 15}, {&prius, 10}, {&sandero, 15},
    {&onix, 12}, {&mazda3, 8}};

constexpr sv mx_branches[] = {"AUTOMOTRIZ LAGUNA TORREÓN", "AUTOMOTRIZ LAGUNA GÓMEZ PALACIO"};
constexpr sv mx_other[] = {"AUTOS DEL NORTE SALTILLO", "MOTORES DE DURANGO", "AUTOMOTORES REGIOMONTANOS",
                           "OTRO DISTRIBUIDOR"};
constexpr sv mx_advisors[] = {"ROBERTO SIFUENTES", "KARINA FAVELA", "LUIS ESQUIVEL", "ANA ZAMORA",
                              "JORGE OROZCO", "DIANA SALDAÑA", "HÉCTOR TREVIÑO"};
constexpr sv mx_agents[] = {"lmendez", "kruiz", "jtorres", "acastillo", "mfernandez"};
constexpr sv co_branches[] = {"AUTOS DEL VALLE SAS - LAS VEGAS", "AUTOS DEL VALLE SAS - RIONEGRO"};
constexpr sv co_other[] = {"AUTOMOTORES ANDINOS BOGOTÁ", "CAFÉ MOTORS PEREIRA", "OTRO CONCESIONARIO"};
constexpr sv co_advisors[] = {"JUAN FELIPE OSORIO", "DIANA MARCELA ARANGO", "CARLOS MARIO VÉLEZ",
                              "NATALIA HENAO", "SANTIAGO GIRALDO"};
constexpr sv co_agents[] = {"cmontoya", "lzapata", "dcorrea", "jbedoya"};

const dealer_tables mx_dealer{mx_branches, mx_other, mx_advisors, mx_agents, "AUTOMOTRIZ LAGUNA"};
const dealer_tables co_dealer{co_branches, co_other, co_advisors, co_agents, "AUTOS DEL VALLE SAS"};

constexpr sv color_list[] = {"BLANCO", "BLANCO PERLA", "PLATA", "GRIS METÁLICO", "NEGRO", "ROJO",
                             "AZUL", "ARENA", "GRIS OXFORD", "VINO", "BLANCO", "PLATA", "GRIS"};

constexpr quote_item quote_list[] = {
    {"Cambio de balatas delanteras", 1800, 3500},
    {"Reemplazo de amortiguadores traseros", 5200, 9800},
    {"Llantas (4) 205/55 R16", 8400, 14800},
    {"Batería 12V 600 CCA", 2300, 3900},
    {"Afinación mayor", 2900, 5200},
    {"Cambio de líquido de frenos", 700, 1300},
    {"Limpieza de cuerpo de aceleración", 650, 1100},
    {"Alineación y balanceo", 650, 1200},
    {"Reemplazo de banda de accesorios", 1200, 2400},
    {"Filtro de cabina", 350, 800},
    {"Plumas limpiaparabrisas", 380, 750},
    {"Rectificado de discos de freno", 1400, 2600},
    {"Cambio de anticongelante", 900, 1600},
    {"Reemplazo de soportes de motor", 3200, 6400},
};

}  // namespace

const weighted_list<const model_def*>& models_for(country c) { return c == country::mx ? mx_models : co_models; }
const dealer_tables& dealer_for(country c) { return c == country::mx ? mx_dealer : co_dealer; }
std::span<const std::string_view> colors() { return color_list; }
std::span<const quote_item> quote_items() { return quote_list; }

}  // namespace gen
