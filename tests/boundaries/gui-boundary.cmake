# The GUI commands the engine through its command set (core/engine/commands.h)
# and reads its snapshots; it never sees the Cluster or the clients behind
# them. Fails, naming each line, if a file under widgets/ or app/gui/ of
# ROOT includes a broker/, cluster/ or client/ header or names the Cluster class.
# Usage: cmake -DROOT=<source dir> -P gui-boundary.cmake

cmake_minimum_required(VERSION 3.21)

if(NOT ROOT)
  message(FATAL_ERROR "gui-boundary: pass -DROOT=<source dir>")
endif()

set(include_rule "#[ \t]*include[ \t]*[\"<](broker|cluster|client)/")
# The class itself, not a longer name such as ClusterSnapshot or SimCluster.
# Semicolons are kept as <semi>: a CMake list would split the lines there.
set(name_rule "(^|[^A-Za-z0-9_])Cluster([ \t]*[&*]|[ \t]*<semi>|::)")

set(files)
foreach(dir widgets app/gui)
  file(GLOB_RECURSE found LIST_DIRECTORIES false "${ROOT}/${dir}/*.h" "${ROOT}/${dir}/*.cpp")
  list(APPEND files ${found})
endforeach()
if(NOT files)
  message(FATAL_ERROR "gui-boundary: no sources under ${ROOT}/widgets or ${ROOT}/app/gui")
endif()

set(violations)
foreach(file ${files})
  file(RELATIVE_PATH rel "${ROOT}" "${file}")
  file(READ "${file}" text)
  string(REPLACE ";" "<semi>" text "${text}")
  string(REPLACE "\n" ";" lines "${text}")
  foreach(line IN LISTS lines)
    string(STRIP "${line}" line)
    if(line MATCHES "${include_rule}" OR line MATCHES "${name_rule}")
      string(REPLACE "<semi>" "\\;" line "${line}")
      list(APPEND violations "${rel}: ${line}")
    endif()
  endforeach()
endforeach()

list(LENGTH files count)
if(violations)
  list(JOIN violations "\n  " text)
  message(FATAL_ERROR "gui-boundary: the GUI reaches past the engine's command set:\n  ${text}")
endif()
message(STATUS "gui-boundary: ${count} files, none includes broker/, cluster/ or client/ or names Cluster")
