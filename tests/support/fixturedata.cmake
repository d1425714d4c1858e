# sekutu_test_fixtures: the small valid dataset of tests/support/fixturedata/ compiled into a
# library, for tests/tst_datasetloader and fuzz/ (which builds without the tests). Included
# from either; the target is made once.
set(SEKUTU_FIXTURE_DIR ${CMAKE_CURRENT_LIST_DIR}/fixturedata)
if(NOT TARGET sekutu_test_fixtures)
    set(fixture_dir ${SEKUTU_FIXTURE_DIR})
    foreach(name countries organizations relations articles)
        file(READ ${fixture_dir}/${name}.json SEKUTU_FIXTURE_${name})
        set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${fixture_dir}/${name}.json)
    endforeach()
    configure_file(${CMAKE_CURRENT_LIST_DIR}/fixturedata.cpp.in ${PROJECT_BINARY_DIR}/tests/support/fixturedata.cpp @ONLY)
    add_library(sekutu_test_fixtures STATIC
        ${CMAKE_CURRENT_LIST_DIR}/fixturedata.h
        ${PROJECT_BINARY_DIR}/tests/support/fixturedata.cpp)
    target_include_directories(sekutu_test_fixtures PUBLIC ${CMAKE_CURRENT_LIST_DIR}/..)
    target_link_libraries(sekutu_test_fixtures PUBLIC Qt6::Core)
endif()
